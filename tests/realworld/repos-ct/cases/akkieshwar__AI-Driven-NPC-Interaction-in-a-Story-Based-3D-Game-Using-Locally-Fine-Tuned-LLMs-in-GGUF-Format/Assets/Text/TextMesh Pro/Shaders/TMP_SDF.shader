stub: upstream file of 10600 bytes
