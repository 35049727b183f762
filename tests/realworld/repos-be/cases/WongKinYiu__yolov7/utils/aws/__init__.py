stub: upstream file of 5 bytes
