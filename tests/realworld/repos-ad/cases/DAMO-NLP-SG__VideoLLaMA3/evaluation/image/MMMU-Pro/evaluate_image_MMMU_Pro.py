stub: upstream file of 16496 bytes
