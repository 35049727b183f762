stub: upstream file of 20090 bytes
