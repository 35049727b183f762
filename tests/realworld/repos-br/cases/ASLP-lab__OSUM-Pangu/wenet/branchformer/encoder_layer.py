stub: upstream file of 10462 bytes
