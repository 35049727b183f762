stub: upstream file of 7549 bytes
