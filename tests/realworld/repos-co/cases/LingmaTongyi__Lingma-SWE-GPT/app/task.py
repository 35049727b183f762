stub: upstream file of 11263 bytes
