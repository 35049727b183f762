stub: upstream file of 13299 bytes
