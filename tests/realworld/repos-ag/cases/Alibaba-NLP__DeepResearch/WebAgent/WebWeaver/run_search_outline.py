stub: upstream file of 9395 bytes
