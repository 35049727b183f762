stub: upstream file of 64095 bytes
