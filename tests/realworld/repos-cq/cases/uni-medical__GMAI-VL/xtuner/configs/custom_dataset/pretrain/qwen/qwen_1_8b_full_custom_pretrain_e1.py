stub: upstream file of 6349 bytes
