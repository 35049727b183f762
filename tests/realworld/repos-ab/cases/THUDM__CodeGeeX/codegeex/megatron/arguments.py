stub: upstream file of 48489 bytes
