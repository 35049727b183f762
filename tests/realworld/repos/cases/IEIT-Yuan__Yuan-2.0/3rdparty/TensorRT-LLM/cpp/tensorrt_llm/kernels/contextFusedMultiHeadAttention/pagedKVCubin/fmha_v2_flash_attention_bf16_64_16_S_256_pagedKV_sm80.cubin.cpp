stub: upstream file of 532052 bytes
