stub: upstream file of 13878 bytes
