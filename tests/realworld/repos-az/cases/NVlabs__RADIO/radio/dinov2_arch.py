stub: upstream file of 35529 bytes
