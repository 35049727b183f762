stub: upstream file of 1878 bytes
