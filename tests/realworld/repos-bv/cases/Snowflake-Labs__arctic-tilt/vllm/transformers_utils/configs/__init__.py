stub: upstream file of 2176 bytes
