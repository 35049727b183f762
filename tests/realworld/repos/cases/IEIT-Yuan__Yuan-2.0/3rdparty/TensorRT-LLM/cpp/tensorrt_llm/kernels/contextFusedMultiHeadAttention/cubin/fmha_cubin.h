stub: upstream file of 227878 bytes
