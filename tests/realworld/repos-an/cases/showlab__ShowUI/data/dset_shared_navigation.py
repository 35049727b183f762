stub: upstream file of 12414 bytes
