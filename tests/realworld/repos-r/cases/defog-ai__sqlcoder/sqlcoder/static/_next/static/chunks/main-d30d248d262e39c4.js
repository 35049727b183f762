stub: upstream file of 115566 bytes
