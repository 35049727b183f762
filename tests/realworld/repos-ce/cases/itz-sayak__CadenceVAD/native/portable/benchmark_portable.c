stub: upstream file of 4329 bytes
