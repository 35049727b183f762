stub: upstream file of 2878 bytes
