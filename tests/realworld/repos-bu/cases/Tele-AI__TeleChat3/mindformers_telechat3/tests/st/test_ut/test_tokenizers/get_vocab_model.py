stub: upstream file of 11427 bytes
