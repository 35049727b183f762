stub: upstream file of 10415 bytes
