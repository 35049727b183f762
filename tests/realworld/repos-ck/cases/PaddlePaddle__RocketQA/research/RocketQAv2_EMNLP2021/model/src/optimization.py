stub: upstream file of 6674 bytes
