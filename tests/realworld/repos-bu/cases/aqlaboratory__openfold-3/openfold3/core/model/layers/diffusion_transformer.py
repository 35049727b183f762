stub: upstream file of 10550 bytes
