stub: upstream file of 11933 bytes
