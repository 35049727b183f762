stub: upstream file of 27982 bytes
