stub: upstream file of 21384 bytes
