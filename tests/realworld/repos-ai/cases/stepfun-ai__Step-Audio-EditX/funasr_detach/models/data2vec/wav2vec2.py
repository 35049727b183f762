stub: upstream file of 12529 bytes
