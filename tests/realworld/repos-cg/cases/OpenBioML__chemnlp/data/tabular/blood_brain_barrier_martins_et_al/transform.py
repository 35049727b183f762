stub: upstream file of 13145 bytes
