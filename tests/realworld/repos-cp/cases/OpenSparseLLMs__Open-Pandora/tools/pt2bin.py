stub: upstream file of 1549 bytes
