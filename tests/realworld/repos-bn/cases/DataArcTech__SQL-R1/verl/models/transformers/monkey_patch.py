stub: upstream file of 2884 bytes
