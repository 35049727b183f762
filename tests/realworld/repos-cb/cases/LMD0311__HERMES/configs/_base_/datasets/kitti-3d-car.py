stub: upstream file of 4503 bytes
