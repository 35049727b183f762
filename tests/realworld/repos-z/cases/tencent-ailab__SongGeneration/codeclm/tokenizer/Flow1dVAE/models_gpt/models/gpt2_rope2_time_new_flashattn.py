stub: upstream file of 93667 bytes
