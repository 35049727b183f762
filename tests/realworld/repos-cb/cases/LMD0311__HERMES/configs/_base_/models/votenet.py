stub: upstream file of 2576 bytes
