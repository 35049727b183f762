stub: upstream file of 8251 bytes
