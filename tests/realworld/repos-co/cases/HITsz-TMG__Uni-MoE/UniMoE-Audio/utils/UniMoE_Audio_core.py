stub: upstream file of 25251 bytes
