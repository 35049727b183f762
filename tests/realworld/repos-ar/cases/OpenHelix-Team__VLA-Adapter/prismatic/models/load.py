stub: upstream file of 11407 bytes
