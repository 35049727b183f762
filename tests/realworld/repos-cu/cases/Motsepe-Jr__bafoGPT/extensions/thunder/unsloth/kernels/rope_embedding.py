stub: upstream file of 4364 bytes
