stub: upstream file of 25273 bytes
