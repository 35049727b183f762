stub: upstream file of 15811 bytes
