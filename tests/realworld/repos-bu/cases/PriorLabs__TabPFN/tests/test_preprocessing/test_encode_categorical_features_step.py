stub: upstream file of 21119 bytes
