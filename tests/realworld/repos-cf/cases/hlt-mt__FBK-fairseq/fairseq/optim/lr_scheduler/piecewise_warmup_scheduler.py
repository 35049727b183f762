stub: upstream file of 4928 bytes
