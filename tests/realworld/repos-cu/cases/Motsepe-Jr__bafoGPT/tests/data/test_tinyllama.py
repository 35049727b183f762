stub: upstream file of 1470 bytes
