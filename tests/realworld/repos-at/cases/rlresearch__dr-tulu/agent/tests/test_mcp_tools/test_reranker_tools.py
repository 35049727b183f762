stub: upstream file of 25982 bytes
