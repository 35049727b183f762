stub: upstream file of 2370 bytes
