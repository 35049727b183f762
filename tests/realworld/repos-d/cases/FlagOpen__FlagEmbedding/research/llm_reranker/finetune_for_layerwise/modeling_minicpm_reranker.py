stub: upstream file of 72521 bytes
