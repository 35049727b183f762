stub: upstream file of 37270 bytes
