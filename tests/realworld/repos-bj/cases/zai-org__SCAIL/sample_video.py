stub: upstream file of 24049 bytes
