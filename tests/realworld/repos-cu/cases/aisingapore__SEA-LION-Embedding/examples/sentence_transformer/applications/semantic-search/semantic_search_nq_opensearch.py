stub: upstream file of 5310 bytes
