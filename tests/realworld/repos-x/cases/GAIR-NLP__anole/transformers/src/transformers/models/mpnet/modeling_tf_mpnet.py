stub: upstream file of 55463 bytes
