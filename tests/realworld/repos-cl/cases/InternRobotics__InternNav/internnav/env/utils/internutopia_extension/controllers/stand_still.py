stub: upstream file of 1436 bytes
