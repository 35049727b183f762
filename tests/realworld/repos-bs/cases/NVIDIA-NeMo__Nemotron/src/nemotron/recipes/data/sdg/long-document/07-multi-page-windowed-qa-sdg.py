stub: upstream file of 38878 bytes
