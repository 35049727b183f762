stub: upstream file of 18155 bytes
