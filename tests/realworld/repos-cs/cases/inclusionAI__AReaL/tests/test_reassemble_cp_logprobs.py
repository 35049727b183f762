stub: upstream file of 17270 bytes
