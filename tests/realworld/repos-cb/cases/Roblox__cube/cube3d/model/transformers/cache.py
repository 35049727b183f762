stub: upstream file of 1434 bytes
