stub: upstream file of 16853 bytes
