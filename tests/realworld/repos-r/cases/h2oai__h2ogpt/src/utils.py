stub: upstream file of 108357 bytes
