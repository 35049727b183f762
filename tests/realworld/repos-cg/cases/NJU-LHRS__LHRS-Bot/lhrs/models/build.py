stub: upstream file of 503 bytes
