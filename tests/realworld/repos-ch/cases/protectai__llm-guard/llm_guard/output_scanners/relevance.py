stub: upstream file of 5878 bytes
