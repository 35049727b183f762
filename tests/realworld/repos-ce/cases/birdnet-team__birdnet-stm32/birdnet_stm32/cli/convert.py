stub: upstream file of 9918 bytes
