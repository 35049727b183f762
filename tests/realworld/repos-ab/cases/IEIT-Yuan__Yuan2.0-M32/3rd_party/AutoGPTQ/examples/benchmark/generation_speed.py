stub: upstream file of 11811 bytes
