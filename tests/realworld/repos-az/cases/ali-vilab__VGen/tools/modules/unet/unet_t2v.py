stub: upstream file of 16273 bytes
