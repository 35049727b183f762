stub: upstream file of 2510 bytes
