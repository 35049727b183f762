stub: upstream file of 21811 bytes
