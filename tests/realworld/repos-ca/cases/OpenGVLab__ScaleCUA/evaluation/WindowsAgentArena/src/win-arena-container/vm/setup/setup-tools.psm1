stub: upstream file of 6277 bytes
