stub: upstream file of 22574 bytes
