stub: upstream file of 16049 bytes
