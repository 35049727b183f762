stub: upstream file of 16436 bytes
