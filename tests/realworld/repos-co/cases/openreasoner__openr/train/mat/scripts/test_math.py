stub: upstream file of 2091 bytes
