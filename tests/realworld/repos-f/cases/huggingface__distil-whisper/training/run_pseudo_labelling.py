stub: upstream file of 45351 bytes
