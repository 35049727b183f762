stub: upstream file of 10453 bytes
