stub: upstream file of 2490 bytes
