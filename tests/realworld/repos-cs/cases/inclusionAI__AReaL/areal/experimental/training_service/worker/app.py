stub: upstream file of 7176 bytes
