stub: upstream file of 6052 bytes
