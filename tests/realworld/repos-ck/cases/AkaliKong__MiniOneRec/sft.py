stub: upstream file of 11273 bytes
