stub: upstream file of 23012 bytes
