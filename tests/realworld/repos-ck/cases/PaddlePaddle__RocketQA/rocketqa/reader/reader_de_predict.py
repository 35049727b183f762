stub: upstream file of 13619 bytes
