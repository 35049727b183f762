stub: upstream file of 16473 bytes
