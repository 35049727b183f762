stub: upstream file of 6236 bytes
