stub: upstream file of 12545 bytes
