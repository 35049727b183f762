stub: upstream file of 32339 bytes
