stub: upstream file of 61953 bytes
