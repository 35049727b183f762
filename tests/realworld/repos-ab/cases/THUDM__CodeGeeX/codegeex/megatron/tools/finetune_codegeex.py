stub: upstream file of 11497 bytes
