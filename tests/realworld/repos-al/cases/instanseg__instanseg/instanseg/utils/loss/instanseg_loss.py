stub: upstream file of 64379 bytes
