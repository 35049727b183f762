stub: upstream file of 12436 bytes
