stub: upstream file of 8462 bytes
