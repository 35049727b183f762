stub: upstream file of 120982 bytes
