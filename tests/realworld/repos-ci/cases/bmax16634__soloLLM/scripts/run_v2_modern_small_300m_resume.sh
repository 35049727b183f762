stub: upstream file of 3333 bytes
