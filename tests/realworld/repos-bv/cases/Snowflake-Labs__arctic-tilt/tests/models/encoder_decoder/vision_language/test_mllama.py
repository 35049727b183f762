stub: upstream file of 23314 bytes
