stub: upstream file of 7576 bytes
