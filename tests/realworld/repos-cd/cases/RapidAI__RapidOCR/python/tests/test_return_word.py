stub: upstream file of 2311 bytes
