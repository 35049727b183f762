stub: upstream file of 13367 bytes
