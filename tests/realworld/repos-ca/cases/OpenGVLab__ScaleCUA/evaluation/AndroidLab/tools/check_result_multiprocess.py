stub: upstream file of 11754 bytes
