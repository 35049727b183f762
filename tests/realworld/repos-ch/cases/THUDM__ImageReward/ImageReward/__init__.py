stub: upstream file of 62 bytes
