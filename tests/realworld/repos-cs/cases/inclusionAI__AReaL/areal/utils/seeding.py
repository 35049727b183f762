stub: upstream file of 1411 bytes
