stub: upstream file of 10400 bytes
