stub: upstream file of 9792 bytes
