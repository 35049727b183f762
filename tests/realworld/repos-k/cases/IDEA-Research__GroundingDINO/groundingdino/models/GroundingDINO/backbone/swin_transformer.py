stub: upstream file of 29339 bytes
