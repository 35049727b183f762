stub: upstream file of 2374 bytes
