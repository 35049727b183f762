stub: upstream file of 3411 bytes
