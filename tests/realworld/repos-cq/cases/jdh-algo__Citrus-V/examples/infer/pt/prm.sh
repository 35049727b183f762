stub: upstream file of 101 bytes
