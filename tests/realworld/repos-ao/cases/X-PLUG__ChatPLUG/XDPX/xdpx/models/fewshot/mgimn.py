stub: upstream file of 13339 bytes
