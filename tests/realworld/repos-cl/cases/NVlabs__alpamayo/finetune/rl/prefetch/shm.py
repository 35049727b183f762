stub: upstream file of 10604 bytes
