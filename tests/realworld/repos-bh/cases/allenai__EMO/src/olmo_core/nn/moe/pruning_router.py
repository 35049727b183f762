stub: upstream file of 11469 bytes
