stub: upstream file of 82333 bytes
