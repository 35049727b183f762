stub: upstream file of 4937 bytes
