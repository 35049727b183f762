stub: upstream file of 9862 bytes
