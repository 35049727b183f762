stub: upstream file of 11744 bytes
