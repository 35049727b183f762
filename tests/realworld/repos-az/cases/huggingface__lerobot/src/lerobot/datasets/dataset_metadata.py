stub: upstream file of 35853 bytes
