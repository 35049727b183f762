stub: upstream file of 20184 bytes
