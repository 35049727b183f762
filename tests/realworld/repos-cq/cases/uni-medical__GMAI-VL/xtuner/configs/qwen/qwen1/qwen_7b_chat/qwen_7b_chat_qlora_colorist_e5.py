stub: upstream file of 7357 bytes
