stub: upstream file of 10371 bytes
