stub: upstream file of 9297 bytes
