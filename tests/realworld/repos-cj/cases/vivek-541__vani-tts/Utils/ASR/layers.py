stub: upstream file of 13454 bytes
