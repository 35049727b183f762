stub: upstream file of 5251 bytes
