stub: upstream file of 35287 bytes
