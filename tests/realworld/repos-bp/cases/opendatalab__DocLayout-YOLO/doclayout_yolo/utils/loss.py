stub: upstream file of 49562 bytes
