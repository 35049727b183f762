stub: upstream file of 16012 bytes
