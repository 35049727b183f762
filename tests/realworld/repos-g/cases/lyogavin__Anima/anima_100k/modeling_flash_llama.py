stub: upstream file of 46241 bytes
