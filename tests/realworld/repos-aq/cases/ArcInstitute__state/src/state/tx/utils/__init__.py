stub: upstream file of 13542 bytes
