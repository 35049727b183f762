stub: upstream file of 8230 bytes
