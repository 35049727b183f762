stub: upstream file of 5629 bytes
