stub: upstream file of 9984 bytes
