stub: upstream file of 21281 bytes
