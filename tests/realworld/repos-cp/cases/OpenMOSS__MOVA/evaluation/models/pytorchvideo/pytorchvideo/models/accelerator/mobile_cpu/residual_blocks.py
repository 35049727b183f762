stub: upstream file of 9267 bytes
