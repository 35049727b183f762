stub: upstream file of 13811 bytes
