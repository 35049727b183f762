stub: upstream file of 23503 bytes
