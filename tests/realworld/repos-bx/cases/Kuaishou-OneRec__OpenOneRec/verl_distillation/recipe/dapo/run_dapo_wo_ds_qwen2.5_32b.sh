stub: upstream file of 5204 bytes
