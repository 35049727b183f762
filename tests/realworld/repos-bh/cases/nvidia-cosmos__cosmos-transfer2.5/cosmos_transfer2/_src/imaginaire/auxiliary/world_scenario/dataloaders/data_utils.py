stub: upstream file of 8180 bytes
