stub: upstream file of 13436 bytes
