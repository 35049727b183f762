stub: upstream file of 35396 bytes
