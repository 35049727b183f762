stub: upstream file of 24811 bytes
