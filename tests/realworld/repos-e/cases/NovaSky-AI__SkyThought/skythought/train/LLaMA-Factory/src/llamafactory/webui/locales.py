stub: upstream file of 67528 bytes
