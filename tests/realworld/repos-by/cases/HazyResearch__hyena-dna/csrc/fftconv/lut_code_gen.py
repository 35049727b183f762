stub: upstream file of 1124 bytes
