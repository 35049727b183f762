stub: upstream file of 60811 bytes
