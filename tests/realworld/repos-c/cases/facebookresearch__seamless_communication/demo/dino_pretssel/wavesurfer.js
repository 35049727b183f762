stub: upstream file of 199401 bytes
