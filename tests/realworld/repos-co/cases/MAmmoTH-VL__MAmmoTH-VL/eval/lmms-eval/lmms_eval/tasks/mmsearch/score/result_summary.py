stub: upstream file of 1942 bytes
