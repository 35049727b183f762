stub: upstream file of 2334 bytes
