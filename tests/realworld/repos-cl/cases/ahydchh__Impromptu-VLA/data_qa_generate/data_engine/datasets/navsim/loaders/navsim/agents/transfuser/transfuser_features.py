stub: upstream file of 16334 bytes
