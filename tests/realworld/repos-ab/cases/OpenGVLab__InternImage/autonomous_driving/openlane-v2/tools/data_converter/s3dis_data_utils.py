stub: upstream file of 10100 bytes
