stub: upstream file of 19003 bytes
