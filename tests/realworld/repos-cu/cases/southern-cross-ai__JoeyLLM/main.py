stub: upstream file of 4357 bytes
