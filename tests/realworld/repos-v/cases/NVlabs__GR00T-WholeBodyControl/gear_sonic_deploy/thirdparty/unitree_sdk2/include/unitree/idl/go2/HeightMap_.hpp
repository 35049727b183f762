stub: upstream file of 20529 bytes
