stub: upstream file of 7931 bytes
