stub: upstream file of 5224 bytes
