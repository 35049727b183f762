stub: upstream file of 11580 bytes
