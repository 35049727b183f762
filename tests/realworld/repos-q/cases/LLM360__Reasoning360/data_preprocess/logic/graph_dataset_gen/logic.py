stub: upstream file of 10374 bytes
