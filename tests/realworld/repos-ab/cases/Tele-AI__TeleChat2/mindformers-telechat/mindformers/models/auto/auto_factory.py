stub: upstream file of 40878 bytes
