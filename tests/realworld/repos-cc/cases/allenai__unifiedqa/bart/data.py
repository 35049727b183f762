stub: upstream file of 9644 bytes
