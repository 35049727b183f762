stub: upstream file of 9529 bytes
