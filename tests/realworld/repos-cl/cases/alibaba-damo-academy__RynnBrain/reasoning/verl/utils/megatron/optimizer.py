stub: upstream file of 4188 bytes
