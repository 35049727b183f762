stub: upstream file of 4244 bytes
