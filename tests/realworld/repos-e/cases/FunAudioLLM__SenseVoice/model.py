stub: upstream file of 33261 bytes
