stub: upstream file of 100 bytes
