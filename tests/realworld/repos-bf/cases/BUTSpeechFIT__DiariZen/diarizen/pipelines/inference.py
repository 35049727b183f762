stub: upstream file of 11878 bytes
