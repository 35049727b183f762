stub: upstream file of 57293 bytes
