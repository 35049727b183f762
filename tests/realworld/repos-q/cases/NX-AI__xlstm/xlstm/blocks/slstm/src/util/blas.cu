stub: upstream file of 10884 bytes
