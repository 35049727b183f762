stub: upstream file of 3381 bytes
