stub: upstream file of 14277 bytes
