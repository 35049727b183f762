stub: upstream file of 31343 bytes
