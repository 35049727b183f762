stub: upstream file of 4257 bytes
