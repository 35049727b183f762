stub: upstream file of 4811 bytes
