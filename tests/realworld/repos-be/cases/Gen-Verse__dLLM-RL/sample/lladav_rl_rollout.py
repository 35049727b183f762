stub: upstream file of 25576 bytes
