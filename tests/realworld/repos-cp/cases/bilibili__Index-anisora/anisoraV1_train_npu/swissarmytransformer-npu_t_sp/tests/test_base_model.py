stub: upstream file of 2000 bytes
