stub: upstream file of 1409 bytes
