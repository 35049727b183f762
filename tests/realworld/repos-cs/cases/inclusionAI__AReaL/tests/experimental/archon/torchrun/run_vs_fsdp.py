stub: upstream file of 8106 bytes
