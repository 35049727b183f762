stub: upstream file of 8529 bytes
