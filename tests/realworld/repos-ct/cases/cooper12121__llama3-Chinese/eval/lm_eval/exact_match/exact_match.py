stub: upstream file of 5668 bytes
