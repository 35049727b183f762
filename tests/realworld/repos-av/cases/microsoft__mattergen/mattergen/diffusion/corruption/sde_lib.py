stub: upstream file of 8750 bytes
