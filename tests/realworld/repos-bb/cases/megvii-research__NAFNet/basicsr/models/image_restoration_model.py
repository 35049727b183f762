stub: upstream file of 15251 bytes
