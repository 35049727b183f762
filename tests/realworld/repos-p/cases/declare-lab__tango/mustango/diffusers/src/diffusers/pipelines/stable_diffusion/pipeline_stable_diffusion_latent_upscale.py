stub: upstream file of 24349 bytes
