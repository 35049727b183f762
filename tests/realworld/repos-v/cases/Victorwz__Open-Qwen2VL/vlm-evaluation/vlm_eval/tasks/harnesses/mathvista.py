stub: upstream file of 28237 bytes
