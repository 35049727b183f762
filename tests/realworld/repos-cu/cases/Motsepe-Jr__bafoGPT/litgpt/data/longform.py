stub: upstream file of 3490 bytes
