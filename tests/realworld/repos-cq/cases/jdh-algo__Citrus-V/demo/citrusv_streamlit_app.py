stub: upstream file of 31493 bytes
