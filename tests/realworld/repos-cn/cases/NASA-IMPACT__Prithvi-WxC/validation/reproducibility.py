stub: upstream file of 2281 bytes
