stub: upstream file of 6307 bytes
