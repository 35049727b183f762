stub: upstream file of 4395 bytes
