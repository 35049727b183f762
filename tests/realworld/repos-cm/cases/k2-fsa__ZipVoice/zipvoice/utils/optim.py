stub: upstream file of 35811 bytes
