stub: upstream file of 2371 bytes
