stub: upstream file of 42566 bytes
