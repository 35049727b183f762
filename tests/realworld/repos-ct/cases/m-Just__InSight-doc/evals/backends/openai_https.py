stub: upstream file of 11463 bytes
