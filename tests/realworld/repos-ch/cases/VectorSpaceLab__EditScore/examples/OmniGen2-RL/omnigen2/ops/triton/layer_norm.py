stub: upstream file of 41999 bytes
