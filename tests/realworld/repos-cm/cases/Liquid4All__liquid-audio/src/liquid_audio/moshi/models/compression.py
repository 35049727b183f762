stub: upstream file of 17429 bytes
