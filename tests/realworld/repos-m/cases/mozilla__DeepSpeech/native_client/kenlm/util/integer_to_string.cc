stub: upstream file of 22503 bytes
