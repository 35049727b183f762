stub: upstream file of 14811 bytes
