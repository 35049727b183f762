stub: upstream file of 459413 bytes
