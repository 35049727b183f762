stub: upstream file of 33811 bytes
