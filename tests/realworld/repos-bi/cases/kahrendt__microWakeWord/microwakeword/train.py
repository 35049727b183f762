stub: upstream file of 19246 bytes
