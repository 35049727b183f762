stub: upstream file of 6135 bytes
