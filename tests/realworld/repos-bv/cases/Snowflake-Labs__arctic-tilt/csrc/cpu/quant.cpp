stub: upstream file of 24318 bytes
