stub: upstream file of 26503 bytes
