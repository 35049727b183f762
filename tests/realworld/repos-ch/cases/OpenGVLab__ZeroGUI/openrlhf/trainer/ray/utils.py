stub: upstream file of 2385 bytes
