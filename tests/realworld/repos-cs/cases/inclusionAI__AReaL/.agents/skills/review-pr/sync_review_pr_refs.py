stub: upstream file of 5439 bytes
