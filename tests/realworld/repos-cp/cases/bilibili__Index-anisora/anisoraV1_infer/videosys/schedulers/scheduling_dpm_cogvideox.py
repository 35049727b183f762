stub: upstream file of 22975 bytes
