stub: upstream file of 84200 bytes
