stub: upstream file of 1110 bytes
