stub: upstream file of 12050 bytes
