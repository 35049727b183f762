stub: upstream file of 6258 bytes
