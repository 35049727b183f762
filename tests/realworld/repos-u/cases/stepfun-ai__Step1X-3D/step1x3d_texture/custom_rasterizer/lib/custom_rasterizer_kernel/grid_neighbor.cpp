stub: upstream file of 22599 bytes
