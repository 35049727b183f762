stub: upstream file of 12281 bytes
