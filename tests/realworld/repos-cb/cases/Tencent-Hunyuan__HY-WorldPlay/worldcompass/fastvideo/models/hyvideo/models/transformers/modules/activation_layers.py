stub: upstream file of 1700 bytes
