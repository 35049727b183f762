stub: upstream file of 18104 bytes
