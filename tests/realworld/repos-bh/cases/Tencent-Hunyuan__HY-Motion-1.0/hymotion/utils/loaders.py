stub: upstream file of 5503 bytes
