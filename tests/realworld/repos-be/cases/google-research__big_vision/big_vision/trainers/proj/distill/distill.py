stub: upstream file of 19436 bytes
