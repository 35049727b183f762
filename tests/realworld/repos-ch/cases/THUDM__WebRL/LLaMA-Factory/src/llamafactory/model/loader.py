stub: upstream file of 7503 bytes
