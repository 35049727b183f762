stub: upstream file of 4273 bytes
