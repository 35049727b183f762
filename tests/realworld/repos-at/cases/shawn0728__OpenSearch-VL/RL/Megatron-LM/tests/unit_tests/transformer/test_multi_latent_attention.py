stub: upstream file of 51309 bytes
