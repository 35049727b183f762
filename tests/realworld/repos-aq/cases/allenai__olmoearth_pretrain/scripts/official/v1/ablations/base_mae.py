stub: upstream file of 12359 bytes
