stub: upstream file of 40811 bytes
