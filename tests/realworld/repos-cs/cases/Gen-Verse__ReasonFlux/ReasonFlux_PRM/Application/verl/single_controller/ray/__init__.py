stub: upstream file of 878 bytes
