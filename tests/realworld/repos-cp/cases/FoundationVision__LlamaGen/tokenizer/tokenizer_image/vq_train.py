stub: upstream file of 16072 bytes
