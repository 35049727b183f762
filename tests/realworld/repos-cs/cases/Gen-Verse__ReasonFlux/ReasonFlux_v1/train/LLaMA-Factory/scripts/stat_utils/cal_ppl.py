stub: upstream file of 5568 bytes
