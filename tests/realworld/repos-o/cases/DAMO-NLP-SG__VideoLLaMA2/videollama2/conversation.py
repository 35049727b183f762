stub: upstream file of 21101 bytes
