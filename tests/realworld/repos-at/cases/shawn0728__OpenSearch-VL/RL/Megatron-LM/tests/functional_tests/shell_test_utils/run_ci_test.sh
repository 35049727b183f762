stub: upstream file of 10010 bytes
