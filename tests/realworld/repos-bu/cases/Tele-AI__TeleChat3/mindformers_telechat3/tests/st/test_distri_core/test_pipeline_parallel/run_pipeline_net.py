stub: upstream file of 13413 bytes
