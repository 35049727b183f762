stub: upstream file of 3371 bytes
