stub: upstream file of 20000 bytes
