stub: upstream file of 49549 bytes
