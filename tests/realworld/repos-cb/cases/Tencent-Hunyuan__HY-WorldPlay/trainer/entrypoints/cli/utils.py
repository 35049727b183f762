stub: upstream file of 2052 bytes
