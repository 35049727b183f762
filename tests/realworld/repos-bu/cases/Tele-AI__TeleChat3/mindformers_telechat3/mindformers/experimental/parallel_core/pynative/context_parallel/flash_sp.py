stub: upstream file of 30988 bytes
