stub: upstream file of 30503 bytes
