stub: upstream file of 4544 bytes
