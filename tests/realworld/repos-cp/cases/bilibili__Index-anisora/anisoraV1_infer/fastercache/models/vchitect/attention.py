stub: upstream file of 140732 bytes
