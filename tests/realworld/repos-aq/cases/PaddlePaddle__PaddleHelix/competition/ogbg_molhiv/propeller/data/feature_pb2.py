stub: upstream file of 17644 bytes
