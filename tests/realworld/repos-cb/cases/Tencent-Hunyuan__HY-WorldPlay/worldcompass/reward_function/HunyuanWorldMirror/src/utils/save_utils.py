stub: upstream file of 6569 bytes
