stub: upstream file of 3119 bytes
