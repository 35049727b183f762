stub: upstream file of 7242 bytes
