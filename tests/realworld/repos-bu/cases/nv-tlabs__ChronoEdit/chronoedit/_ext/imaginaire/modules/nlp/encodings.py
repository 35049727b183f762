stub: upstream file of 7140 bytes
