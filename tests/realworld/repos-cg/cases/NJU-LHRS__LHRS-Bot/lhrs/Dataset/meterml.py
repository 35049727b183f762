stub: upstream file of 2500 bytes
