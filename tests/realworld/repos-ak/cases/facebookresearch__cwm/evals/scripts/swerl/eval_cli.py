stub: upstream file of 10128 bytes
