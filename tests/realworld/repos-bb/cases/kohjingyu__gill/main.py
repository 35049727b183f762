stub: upstream file of 35549 bytes
