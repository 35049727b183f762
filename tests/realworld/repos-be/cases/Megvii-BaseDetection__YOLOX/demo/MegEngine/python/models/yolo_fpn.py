stub: upstream file of 2220 bytes
