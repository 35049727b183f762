stub: upstream file of 2473 bytes
