stub: upstream file of 8349 bytes
