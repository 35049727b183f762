stub: upstream file of 1482 bytes
