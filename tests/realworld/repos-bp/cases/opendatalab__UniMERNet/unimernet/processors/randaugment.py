stub: upstream file of 11292 bytes
