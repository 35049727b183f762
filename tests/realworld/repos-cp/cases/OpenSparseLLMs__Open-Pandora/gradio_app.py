stub: upstream file of 8305 bytes
