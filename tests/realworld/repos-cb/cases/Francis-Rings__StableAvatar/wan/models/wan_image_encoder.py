stub: upstream file of 17503 bytes
