stub: upstream file of 27305 bytes
