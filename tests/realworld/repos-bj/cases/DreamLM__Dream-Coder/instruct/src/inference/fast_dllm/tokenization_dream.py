stub: upstream file of 14302 bytes
