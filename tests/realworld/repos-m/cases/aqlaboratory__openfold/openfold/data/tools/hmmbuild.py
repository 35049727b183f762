stub: upstream file of 4549 bytes
