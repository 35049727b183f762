stub: upstream file of 16404 bytes
