stub: upstream file of 9542 bytes
