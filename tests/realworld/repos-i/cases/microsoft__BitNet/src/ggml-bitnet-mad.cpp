stub: upstream file of 42505 bytes
