stub: upstream file of 3832 bytes
