stub: upstream file of 3357 bytes
