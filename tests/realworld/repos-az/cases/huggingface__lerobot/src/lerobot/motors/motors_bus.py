stub: upstream file of 49503 bytes
