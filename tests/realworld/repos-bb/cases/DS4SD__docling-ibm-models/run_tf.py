stub: upstream file of 25159 bytes
