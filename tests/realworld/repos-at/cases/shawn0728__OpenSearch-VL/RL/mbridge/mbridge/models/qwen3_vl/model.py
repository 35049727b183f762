stub: upstream file of 20811 bytes
