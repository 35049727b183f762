stub: upstream file of 490 bytes
