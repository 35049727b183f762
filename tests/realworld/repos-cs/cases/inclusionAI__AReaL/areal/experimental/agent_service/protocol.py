stub: upstream file of 8317 bytes
