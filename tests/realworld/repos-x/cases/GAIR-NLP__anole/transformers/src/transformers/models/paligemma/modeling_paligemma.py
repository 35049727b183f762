stub: upstream file of 30352 bytes
