stub: upstream file of 15432 bytes
