stub: upstream file of 15352 bytes
