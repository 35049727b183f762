stub: upstream file of 25645 bytes
