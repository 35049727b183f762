stub: upstream file of 22455 bytes
