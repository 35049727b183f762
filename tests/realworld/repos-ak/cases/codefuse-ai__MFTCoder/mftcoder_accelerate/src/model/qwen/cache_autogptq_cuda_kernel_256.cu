stub: upstream file of 51991 bytes
