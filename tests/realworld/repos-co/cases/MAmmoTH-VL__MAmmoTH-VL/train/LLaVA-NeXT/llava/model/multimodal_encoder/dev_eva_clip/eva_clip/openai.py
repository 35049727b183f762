stub: upstream file of 5426 bytes
