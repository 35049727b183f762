stub: upstream file of 30133 bytes
