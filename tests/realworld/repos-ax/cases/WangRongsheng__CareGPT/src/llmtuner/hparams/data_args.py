stub: upstream file of 5489 bytes
