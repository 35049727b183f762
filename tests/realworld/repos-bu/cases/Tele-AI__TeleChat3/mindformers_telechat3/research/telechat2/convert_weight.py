stub: upstream file of 9493 bytes
