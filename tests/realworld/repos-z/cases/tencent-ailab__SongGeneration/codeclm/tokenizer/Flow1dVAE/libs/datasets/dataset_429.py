stub: upstream file of 13293 bytes
