stub: upstream file of 7995 bytes
