stub: upstream file of 32244 bytes
