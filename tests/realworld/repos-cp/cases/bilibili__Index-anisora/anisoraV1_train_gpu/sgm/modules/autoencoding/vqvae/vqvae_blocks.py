stub: upstream file of 16340 bytes
