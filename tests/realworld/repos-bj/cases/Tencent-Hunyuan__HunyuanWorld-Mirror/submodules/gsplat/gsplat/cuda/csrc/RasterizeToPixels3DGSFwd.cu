stub: upstream file of 12257 bytes
