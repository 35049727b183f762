stub: upstream file of 9379 bytes
