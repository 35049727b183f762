stub: upstream file of 5267 bytes
