stub: upstream file of 16503 bytes
