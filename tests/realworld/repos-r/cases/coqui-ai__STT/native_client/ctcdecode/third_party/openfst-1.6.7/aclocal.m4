stub: upstream file of 53003 bytes
