stub: upstream file of 27356 bytes
