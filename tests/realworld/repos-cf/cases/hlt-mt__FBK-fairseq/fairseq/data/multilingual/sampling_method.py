stub: upstream file of 2068 bytes
