stub: upstream file of 33497 bytes
