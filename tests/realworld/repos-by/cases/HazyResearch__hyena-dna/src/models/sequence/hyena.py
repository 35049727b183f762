stub: upstream file of 15321 bytes
