stub: upstream file of 13528 bytes
