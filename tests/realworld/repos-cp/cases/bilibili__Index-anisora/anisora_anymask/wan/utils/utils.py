stub: upstream file of 3368 bytes
