stub: upstream file of 8068 bytes
