stub: upstream file of 1500 bytes
