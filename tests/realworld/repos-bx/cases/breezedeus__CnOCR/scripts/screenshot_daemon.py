stub: upstream file of 2137 bytes
