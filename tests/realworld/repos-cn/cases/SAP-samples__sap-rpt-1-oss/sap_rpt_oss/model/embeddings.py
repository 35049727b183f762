stub: upstream file of 8279 bytes
