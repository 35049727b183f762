stub: upstream file of 34990 bytes
