stub: upstream file of 2455 bytes
