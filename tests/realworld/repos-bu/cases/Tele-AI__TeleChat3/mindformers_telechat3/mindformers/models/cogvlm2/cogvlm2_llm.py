stub: upstream file of 26442 bytes
