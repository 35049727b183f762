stub: upstream file of 16924 bytes
