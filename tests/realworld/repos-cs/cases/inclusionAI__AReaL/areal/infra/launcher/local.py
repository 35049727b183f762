stub: upstream file of 15754 bytes
