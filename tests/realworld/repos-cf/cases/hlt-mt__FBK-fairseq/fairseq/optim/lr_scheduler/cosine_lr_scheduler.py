stub: upstream file of 5303 bytes
