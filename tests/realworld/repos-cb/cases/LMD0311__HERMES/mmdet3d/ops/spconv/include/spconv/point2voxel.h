stub: upstream file of 14425 bytes
