stub: upstream file of 10273 bytes
