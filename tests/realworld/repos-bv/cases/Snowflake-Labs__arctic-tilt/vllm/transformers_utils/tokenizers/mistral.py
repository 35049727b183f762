stub: upstream file of 18277 bytes
