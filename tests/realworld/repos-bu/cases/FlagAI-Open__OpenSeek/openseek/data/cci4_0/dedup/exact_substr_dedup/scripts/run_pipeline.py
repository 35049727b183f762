stub: upstream file of 11332 bytes
