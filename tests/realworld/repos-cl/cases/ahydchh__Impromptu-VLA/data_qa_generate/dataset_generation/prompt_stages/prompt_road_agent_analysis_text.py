stub: upstream file of 11664 bytes
