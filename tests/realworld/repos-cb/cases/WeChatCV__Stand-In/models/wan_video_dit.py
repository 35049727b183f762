stub: upstream file of 35316 bytes
