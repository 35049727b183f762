stub: upstream file of 19530 bytes
