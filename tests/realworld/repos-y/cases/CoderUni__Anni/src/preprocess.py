stub: upstream file of 21352 bytes
