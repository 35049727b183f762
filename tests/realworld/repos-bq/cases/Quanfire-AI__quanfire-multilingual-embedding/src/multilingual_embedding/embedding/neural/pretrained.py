stub: upstream file of 14356 bytes
