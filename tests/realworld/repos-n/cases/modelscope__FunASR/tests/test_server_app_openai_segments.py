stub: upstream file of 19999 bytes
