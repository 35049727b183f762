stub: upstream file of 52436 bytes
