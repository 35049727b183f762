stub: upstream file of 24231 bytes
