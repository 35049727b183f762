stub: upstream file of 24287 bytes
