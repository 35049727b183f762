stub: upstream file of 3500 bytes
