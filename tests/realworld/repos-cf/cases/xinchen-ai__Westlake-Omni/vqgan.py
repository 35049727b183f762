stub: upstream file of 25000 bytes
