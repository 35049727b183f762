stub: upstream file of 5591 bytes
