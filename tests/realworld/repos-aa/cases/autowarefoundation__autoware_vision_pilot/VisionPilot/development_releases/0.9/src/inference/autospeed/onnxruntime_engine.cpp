stub: upstream file of 10034 bytes
