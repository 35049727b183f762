stub: upstream file of 14334 bytes
