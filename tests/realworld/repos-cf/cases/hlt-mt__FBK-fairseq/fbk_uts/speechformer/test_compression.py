stub: upstream file of 7012 bytes
