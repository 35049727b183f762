stub: upstream file of 28281 bytes
