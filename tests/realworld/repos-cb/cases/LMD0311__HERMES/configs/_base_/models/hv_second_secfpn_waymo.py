stub: upstream file of 3503 bytes
