stub: upstream file of 1754 bytes
