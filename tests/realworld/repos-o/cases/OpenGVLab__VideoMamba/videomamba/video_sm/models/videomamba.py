stub: upstream file of 17320 bytes
