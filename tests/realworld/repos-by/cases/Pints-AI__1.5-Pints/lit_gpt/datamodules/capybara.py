stub: upstream file of 4608 bytes
