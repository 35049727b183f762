stub: upstream file of 7102 bytes
