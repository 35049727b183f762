stub: upstream file of 6308 bytes
