stub: upstream file of 8357 bytes
