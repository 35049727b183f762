stub: upstream file of 1273 bytes
