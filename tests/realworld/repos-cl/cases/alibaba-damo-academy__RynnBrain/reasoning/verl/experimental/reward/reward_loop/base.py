stub: upstream file of 1695 bytes
