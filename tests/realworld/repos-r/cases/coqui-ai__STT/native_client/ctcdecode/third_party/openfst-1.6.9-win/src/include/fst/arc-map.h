stub: upstream file of 39251 bytes
