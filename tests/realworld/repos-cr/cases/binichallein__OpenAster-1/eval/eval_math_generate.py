stub: upstream file of 2357 bytes
