stub: upstream file of 3820 bytes
