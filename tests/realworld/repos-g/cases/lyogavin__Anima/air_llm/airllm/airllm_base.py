stub: upstream file of 25395 bytes
