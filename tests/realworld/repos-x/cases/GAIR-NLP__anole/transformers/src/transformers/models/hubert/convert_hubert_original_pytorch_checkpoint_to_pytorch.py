stub: upstream file of 10379 bytes
