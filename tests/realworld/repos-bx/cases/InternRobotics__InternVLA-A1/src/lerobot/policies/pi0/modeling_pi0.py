stub: upstream file of 49034 bytes
