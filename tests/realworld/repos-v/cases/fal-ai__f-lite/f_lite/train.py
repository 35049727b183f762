stub: upstream file of 51267 bytes
