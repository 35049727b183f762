stub: upstream file of 13220 bytes
