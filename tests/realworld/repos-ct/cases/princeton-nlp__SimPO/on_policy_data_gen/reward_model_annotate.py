stub: upstream file of 3251 bytes
