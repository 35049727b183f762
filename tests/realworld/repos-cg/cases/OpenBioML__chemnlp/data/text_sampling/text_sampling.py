stub: upstream file of 69831 bytes
