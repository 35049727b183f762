stub: upstream file of 32405 bytes
