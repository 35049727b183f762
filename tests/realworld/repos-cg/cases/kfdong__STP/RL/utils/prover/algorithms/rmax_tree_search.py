stub: upstream file of 13359 bytes
