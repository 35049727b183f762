stub: upstream file of 3237 bytes
