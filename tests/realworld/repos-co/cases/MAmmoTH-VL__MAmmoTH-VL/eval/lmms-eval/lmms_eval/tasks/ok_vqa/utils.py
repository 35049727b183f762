stub: upstream file of 2194 bytes
