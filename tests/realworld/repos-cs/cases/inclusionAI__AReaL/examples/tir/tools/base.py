stub: upstream file of 2549 bytes
