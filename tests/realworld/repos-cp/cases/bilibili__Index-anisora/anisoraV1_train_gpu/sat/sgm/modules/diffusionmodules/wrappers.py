stub: upstream file of 1352 bytes
