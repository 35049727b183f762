stub: upstream file of 1320 bytes
