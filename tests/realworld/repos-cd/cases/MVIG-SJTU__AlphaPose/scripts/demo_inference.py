stub: upstream file of 12895 bytes
