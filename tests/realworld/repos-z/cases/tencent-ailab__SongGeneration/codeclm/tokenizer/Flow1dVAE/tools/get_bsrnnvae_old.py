stub: upstream file of 17490 bytes
