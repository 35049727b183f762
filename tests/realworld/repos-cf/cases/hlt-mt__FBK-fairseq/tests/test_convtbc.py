stub: upstream file of 1745 bytes
