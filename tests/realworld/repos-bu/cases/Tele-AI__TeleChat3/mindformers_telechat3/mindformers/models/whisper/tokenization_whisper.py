stub: upstream file of 54908 bytes
