stub: upstream file of 6973 bytes
