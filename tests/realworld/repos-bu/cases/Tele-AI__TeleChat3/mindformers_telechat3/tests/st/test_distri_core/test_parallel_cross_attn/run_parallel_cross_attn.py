stub: upstream file of 10258 bytes
