stub: upstream file of 8345 bytes
