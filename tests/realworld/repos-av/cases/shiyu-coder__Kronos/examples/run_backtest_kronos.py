stub: upstream file of 16811 bytes
