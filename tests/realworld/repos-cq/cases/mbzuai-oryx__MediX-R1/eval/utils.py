stub: upstream file of 16295 bytes
