stub: upstream file of 5665 bytes
