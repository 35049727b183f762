stub: upstream file of 58081 bytes
