stub: upstream file of 32112 bytes
