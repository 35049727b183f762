stub: upstream file of 6519 bytes
