stub: upstream file of 21045 bytes
