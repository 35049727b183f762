stub: upstream file of 4625 bytes
