stub: upstream file of 6170 bytes
