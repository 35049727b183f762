stub: upstream file of 21270 bytes
