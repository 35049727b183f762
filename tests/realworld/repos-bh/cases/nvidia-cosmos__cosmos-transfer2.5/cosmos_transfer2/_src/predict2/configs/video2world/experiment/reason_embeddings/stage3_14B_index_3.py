stub: upstream file of 37355 bytes
