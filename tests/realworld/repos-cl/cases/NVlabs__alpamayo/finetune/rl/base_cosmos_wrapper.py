stub: upstream file of 4820 bytes
