stub: upstream file of 36490 bytes
