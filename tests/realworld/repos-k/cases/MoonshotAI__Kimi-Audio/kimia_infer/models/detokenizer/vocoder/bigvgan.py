stub: upstream file of 17251 bytes
