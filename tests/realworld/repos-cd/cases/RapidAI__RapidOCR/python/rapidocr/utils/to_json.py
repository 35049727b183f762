stub: upstream file of 462 bytes
