stub: upstream file of 2492 bytes
