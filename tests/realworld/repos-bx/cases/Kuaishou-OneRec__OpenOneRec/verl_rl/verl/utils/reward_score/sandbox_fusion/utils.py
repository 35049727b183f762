stub: upstream file of 23878 bytes
