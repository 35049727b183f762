stub: upstream file of 2108 bytes
