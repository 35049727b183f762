stub: upstream file of 21011 bytes
