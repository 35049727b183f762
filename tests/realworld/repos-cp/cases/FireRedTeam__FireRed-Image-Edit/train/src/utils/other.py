stub: upstream file of 4048 bytes
