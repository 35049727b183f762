stub: upstream file of 8308 bytes
