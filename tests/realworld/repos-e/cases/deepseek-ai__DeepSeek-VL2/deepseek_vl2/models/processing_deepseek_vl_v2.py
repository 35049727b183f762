stub: upstream file of 29068 bytes
