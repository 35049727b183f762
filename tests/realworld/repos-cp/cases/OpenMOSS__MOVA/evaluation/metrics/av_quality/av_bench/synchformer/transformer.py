stub: upstream file of 11854 bytes
