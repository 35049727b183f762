stub: upstream file of 1811 bytes
