stub: upstream file of 8112 bytes
