stub: upstream file of 14314 bytes
