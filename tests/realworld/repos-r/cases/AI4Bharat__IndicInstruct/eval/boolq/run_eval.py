stub: upstream file of 6436 bytes
