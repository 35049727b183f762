stub: upstream file of 15307 bytes
