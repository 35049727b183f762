stub: upstream file of 25836 bytes
