stub: upstream file of 2503 bytes
