stub: upstream file of 23251 bytes
