stub: upstream file of 16333 bytes
