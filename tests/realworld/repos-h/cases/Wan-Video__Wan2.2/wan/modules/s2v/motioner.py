stub: upstream file of 28462 bytes
