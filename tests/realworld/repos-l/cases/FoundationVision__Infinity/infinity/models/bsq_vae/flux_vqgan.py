stub: upstream file of 23966 bytes
