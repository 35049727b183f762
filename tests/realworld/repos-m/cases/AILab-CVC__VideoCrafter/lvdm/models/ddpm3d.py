stub: upstream file of 33370 bytes
