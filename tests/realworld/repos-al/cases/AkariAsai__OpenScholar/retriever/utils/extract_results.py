stub: upstream file of 20413 bytes
