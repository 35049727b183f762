stub: upstream file of 24853 bytes
