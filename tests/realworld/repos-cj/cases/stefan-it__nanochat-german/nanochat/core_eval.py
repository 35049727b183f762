stub: upstream file of 11572 bytes
