stub: upstream file of 3160 bytes
