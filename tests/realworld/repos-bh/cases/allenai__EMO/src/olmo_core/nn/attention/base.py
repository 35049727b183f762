stub: upstream file of 2072 bytes
