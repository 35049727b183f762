stub: upstream file of 38295 bytes
