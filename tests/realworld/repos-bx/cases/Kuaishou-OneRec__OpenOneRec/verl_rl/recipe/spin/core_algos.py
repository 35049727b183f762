stub: upstream file of 8644 bytes
