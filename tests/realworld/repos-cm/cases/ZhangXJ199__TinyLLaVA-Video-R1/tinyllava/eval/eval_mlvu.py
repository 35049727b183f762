stub: upstream file of 12374 bytes
