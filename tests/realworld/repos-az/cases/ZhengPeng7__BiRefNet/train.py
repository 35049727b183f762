stub: upstream file of 11050 bytes
