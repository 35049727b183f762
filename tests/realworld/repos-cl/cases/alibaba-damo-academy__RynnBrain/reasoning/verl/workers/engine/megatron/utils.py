stub: upstream file of 1221 bytes
