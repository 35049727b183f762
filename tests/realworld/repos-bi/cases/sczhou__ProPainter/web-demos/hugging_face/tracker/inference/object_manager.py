stub: upstream file of 5542 bytes
