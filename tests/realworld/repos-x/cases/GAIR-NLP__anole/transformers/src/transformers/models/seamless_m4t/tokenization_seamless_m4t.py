stub: upstream file of 26000 bytes
