stub: upstream file of 10001 bytes
