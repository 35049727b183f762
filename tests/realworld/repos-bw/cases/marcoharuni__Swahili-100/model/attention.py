stub: upstream file of 6490 bytes
