stub: upstream file of 334 bytes
