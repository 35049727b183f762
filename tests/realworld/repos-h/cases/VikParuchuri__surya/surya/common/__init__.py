stub: upstream file of 3 bytes
