stub: upstream file of 57503 bytes
