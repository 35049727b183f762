stub: upstream file of 2106 bytes
