stub: upstream file of 1260 bytes
