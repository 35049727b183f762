stub: upstream file of 25811 bytes
