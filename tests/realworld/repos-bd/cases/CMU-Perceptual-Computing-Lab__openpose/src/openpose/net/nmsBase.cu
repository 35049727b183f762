stub: upstream file of 18811 bytes
