stub: upstream file of 23545 bytes
