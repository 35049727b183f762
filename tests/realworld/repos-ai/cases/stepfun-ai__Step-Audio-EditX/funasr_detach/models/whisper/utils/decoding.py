stub: upstream file of 31273 bytes
