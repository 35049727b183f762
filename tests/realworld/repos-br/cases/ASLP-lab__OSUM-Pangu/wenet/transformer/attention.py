stub: upstream file of 28582 bytes
