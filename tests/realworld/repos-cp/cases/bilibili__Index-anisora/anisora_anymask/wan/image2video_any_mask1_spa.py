stub: upstream file of 14273 bytes
