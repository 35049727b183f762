stub: upstream file of 1277 bytes
