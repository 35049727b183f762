stub: upstream file of 53462 bytes
