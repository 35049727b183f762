stub: upstream file of 5416 bytes
