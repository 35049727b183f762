stub: upstream file of 14374 bytes
