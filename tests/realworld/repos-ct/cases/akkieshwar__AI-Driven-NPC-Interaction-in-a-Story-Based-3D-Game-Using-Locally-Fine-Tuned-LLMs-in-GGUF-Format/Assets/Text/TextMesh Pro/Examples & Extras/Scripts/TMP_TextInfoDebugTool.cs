stub: upstream file of 30811 bytes
