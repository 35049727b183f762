stub: upstream file of 27231 bytes
