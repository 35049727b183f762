stub: upstream file of 33267 bytes
