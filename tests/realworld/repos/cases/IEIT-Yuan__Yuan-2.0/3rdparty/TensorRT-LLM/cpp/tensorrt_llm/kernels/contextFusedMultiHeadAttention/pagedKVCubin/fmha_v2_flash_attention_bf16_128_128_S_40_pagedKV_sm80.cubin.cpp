stub: upstream file of 1023811 bytes
