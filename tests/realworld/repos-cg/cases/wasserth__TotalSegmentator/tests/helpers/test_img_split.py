stub: upstream file of 1358 bytes
