stub: upstream file of 22233 bytes
