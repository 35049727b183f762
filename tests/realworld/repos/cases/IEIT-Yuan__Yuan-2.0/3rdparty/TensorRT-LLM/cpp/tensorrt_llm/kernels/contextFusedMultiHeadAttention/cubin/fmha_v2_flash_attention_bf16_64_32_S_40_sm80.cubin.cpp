stub: upstream file of 312585 bytes
