stub: upstream file of 8343 bytes
