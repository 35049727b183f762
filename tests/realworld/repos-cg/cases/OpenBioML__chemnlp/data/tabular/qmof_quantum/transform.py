stub: upstream file of 1194 bytes
