stub: upstream file of 5853 bytes
