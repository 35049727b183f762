stub: upstream file of 4267 bytes
