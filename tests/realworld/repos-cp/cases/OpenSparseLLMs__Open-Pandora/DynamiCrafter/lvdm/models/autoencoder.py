stub: upstream file of 8488 bytes
