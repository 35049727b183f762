stub: upstream file of 124 bytes
