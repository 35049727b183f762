stub: upstream file of 9162 bytes
