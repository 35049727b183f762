stub: upstream file of 2302 bytes
