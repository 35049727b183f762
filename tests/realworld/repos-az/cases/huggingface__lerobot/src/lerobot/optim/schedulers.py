stub: upstream file of 7453 bytes
