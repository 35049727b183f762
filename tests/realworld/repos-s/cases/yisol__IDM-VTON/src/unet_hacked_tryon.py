stub: upstream file of 69864 bytes
