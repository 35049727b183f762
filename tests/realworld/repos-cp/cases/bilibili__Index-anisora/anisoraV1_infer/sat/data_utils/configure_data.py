stub: upstream file of 18371 bytes
