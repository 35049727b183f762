stub: upstream file of 12395 bytes
