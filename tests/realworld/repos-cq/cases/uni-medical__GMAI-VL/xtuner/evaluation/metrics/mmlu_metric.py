stub: upstream file of 10073 bytes
