stub: upstream file of 3878 bytes
