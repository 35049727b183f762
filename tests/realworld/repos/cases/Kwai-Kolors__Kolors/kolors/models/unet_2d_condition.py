stub: upstream file of 67232 bytes
