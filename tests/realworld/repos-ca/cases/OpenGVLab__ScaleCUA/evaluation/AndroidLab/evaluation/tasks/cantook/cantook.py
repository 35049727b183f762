stub: upstream file of 9455 bytes
