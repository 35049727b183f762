stub: upstream file of 21381 bytes
