stub: upstream file of 1625 bytes
