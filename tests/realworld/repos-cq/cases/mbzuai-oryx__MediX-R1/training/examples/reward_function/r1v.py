stub: upstream file of 1756 bytes
