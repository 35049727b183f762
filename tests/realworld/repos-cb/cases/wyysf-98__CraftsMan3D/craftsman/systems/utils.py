stub: upstream file of 15700 bytes
