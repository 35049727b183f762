stub: upstream file of 33349 bytes
