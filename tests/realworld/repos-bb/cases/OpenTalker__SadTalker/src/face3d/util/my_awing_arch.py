stub: upstream file of 12503 bytes
