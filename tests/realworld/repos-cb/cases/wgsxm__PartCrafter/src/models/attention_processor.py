stub: upstream file of 24311 bytes
