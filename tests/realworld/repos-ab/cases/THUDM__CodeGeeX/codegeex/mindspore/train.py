stub: upstream file of 30339 bytes
