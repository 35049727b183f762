stub: upstream file of 7853 bytes
