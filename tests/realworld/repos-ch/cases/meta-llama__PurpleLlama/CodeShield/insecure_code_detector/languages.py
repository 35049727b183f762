stub: upstream file of 1860 bytes
