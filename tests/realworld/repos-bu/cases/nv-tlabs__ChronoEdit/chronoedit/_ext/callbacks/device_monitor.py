stub: upstream file of 7811 bytes
