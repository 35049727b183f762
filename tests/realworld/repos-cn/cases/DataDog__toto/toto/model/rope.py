stub: upstream file of 3491 bytes
