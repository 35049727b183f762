stub: upstream file of 5372 bytes
