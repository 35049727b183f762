stub: upstream file of 14701 bytes
