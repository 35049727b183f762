stub: upstream file of 52251 bytes
