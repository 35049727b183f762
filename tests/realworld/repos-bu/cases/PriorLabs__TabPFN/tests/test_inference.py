stub: upstream file of 32954 bytes
