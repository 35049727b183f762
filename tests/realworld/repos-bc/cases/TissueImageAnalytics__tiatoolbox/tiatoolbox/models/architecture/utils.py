stub: upstream file of 17539 bytes
