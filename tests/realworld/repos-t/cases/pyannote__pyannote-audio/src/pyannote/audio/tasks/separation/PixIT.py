stub: upstream file of 43448 bytes
