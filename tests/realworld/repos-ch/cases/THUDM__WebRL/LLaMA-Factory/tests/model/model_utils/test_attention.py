stub: upstream file of 1599 bytes
