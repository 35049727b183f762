stub: upstream file of 96462 bytes
