stub: upstream file of 5463 bytes
