stub: upstream file of 4545 bytes
