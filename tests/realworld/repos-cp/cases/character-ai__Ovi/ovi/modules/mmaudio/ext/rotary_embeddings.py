stub: upstream file of 1371 bytes
