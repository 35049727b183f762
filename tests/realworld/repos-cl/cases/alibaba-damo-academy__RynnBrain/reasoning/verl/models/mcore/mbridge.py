stub: upstream file of 1010 bytes
