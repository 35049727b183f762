stub: upstream file of 1176251 bytes
