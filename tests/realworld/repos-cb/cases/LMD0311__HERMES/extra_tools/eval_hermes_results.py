stub: upstream file of 8503 bytes
