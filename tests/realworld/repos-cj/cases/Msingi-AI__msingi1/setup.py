stub: upstream file of 469 bytes
