stub: upstream file of 15549 bytes
