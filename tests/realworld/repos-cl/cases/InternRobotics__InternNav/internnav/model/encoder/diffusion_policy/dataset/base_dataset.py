stub: upstream file of 1384 bytes
