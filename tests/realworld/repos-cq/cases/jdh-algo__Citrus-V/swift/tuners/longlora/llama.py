stub: upstream file of 19607 bytes
