stub: upstream file of 36395 bytes
