stub: upstream file of 35429 bytes
