stub: upstream file of 11503 bytes
