stub: upstream file of 42373 bytes
