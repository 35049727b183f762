stub: upstream file of 30998 bytes
