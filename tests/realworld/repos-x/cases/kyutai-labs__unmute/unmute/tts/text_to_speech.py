stub: upstream file of 13240 bytes
