stub: upstream file of 29811 bytes
