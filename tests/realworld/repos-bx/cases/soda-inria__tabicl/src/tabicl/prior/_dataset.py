stub: upstream file of 64525 bytes
