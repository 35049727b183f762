stub: upstream file of 22571 bytes
