stub: upstream file of 4542 bytes
