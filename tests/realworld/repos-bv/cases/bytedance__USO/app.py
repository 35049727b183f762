stub: upstream file of 11639 bytes
