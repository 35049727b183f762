stub: upstream file of 8313 bytes
