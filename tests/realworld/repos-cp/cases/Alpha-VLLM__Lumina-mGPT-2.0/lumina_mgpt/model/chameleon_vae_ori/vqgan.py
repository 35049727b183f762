stub: upstream file of 21322 bytes
