stub: upstream file of 8247 bytes
