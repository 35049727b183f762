stub: upstream file of 31510 bytes
