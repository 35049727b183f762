stub: upstream file of 34529 bytes
