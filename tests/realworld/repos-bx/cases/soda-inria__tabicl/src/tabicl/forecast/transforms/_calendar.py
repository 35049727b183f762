stub: upstream file of 6128 bytes
