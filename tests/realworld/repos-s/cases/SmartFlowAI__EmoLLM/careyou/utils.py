stub: upstream file of 10811 bytes
