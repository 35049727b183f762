stub: upstream file of 19503 bytes
