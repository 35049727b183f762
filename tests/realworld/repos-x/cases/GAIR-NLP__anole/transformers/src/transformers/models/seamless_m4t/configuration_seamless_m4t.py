stub: upstream file of 23463 bytes
