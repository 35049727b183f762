stub: upstream file of 18960 bytes
