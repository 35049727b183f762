stub: upstream file of 99273 bytes
