stub: upstream file of 27853 bytes
