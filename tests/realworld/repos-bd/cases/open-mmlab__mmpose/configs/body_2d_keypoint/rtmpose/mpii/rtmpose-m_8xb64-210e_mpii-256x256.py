stub: upstream file of 6491 bytes
