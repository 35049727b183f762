stub: upstream file of 23224 bytes
