stub: upstream file of 2364 bytes
