stub: upstream file of 9599 bytes
