stub: upstream file of 9811 bytes
