stub: upstream file of 34503 bytes
