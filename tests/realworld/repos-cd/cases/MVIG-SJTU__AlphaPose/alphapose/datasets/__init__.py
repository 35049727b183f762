stub: upstream file of 1244 bytes
