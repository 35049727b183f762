stub: upstream file of 67405 bytes
