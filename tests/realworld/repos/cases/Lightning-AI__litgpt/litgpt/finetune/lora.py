stub: upstream file of 23243 bytes
