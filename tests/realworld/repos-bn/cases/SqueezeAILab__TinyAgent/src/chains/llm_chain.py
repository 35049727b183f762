stub: upstream file of 14503 bytes
