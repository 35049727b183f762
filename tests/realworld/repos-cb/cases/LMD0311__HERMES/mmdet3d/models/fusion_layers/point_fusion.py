stub: upstream file of 12269 bytes
