stub: upstream file of 2425 bytes
