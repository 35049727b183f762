stub: upstream file of 6352 bytes
