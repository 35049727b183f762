stub: upstream file of 8395 bytes
