stub: upstream file of 6530 bytes
