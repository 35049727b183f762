stub: upstream file of 28793 bytes
