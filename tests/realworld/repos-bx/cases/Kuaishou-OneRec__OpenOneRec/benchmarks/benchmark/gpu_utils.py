stub: upstream file of 4490 bytes
