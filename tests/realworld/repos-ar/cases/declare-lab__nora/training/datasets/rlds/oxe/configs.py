stub: upstream file of 30607 bytes
