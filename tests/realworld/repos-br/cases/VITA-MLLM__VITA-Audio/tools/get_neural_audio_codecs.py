stub: upstream file of 12224 bytes
