stub: upstream file of 36901 bytes
