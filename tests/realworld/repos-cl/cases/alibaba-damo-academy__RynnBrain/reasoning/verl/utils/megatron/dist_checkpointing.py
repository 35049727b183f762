stub: upstream file of 2377 bytes
