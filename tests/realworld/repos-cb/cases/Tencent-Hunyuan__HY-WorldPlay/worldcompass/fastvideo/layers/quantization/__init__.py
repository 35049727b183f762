stub: upstream file of 2305 bytes
