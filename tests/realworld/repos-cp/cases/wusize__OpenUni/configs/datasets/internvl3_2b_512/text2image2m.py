stub: upstream file of 1763 bytes
