stub: upstream file of 15240 bytes
