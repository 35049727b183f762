stub: upstream file of 1619 bytes
