stub: upstream file of 10054 bytes
