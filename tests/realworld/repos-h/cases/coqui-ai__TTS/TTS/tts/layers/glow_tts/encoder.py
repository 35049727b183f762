stub: upstream file of 6878 bytes
