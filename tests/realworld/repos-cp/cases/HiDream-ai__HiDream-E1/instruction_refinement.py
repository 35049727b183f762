stub: upstream file of 6811 bytes
