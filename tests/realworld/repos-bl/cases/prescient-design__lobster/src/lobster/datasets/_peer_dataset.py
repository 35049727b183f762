stub: upstream file of 8811 bytes
