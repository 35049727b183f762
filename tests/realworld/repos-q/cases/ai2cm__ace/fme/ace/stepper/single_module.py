stub: upstream file of 76462 bytes
