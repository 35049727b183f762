stub: upstream file of 21347 bytes
